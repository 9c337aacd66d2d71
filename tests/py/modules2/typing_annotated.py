# An annotated program runs; hints can be read back.
from typing import Optional, List, Dict, Callable, TypeVar, Generic, get_type_hints
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop(), apply(lambda x: x * x, [1, 2, 3]))
print(get_type_hints(apply), get_type_hints(Stack.push))
