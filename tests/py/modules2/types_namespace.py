# SimpleNamespace as a lightweight record.
from types import SimpleNamespace
cfg = SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.port + 1, vars(cfg), cfg == SimpleNamespace(host="localhost", port=8080, debug=True))
