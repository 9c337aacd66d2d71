# Saving and loading a configuration with dataclasses and json.
import json
from dataclasses import dataclass, asdict, field


@dataclass
class Server:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list)


@dataclass
class Config:
    name: str
    servers: list
    debug: bool = False


cfg = Config("prod", [Server("a.example", tags=["web"]), Server("b.example", 9090)])
text = json.dumps(asdict(cfg), indent=2, sort_keys=True)
print(text)
data = json.loads(text)
back = Config(data["name"], [Server(**s) for s in data["servers"]], data["debug"])
print(back == cfg, back.servers[1])
try:
    json.loads(text[:-2])
except json.JSONDecodeError as e:
    print("broken:", e.msg, e.lineno)
