class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"failed with code {code}")
        self.code = code
raise AppError(42)
