# typing: reprs of the common forms, Generic, NamedTuple, TypedDict, Protocol, get_type_hints, NewType.
from typing import (Any, List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, ClassVar, Literal, cast, get_type_hints, get_args, get_origin,
                    Iterable, Iterator, Set, NewType, runtime_checkable, overload, Final, Annotated)
T = TypeVar("T"); K = TypeVar("K", covariant=True)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., int], T, K, Any, ClassVar[int], Literal["a", 1], Annotated[int, "meta"])
print(Union[int], Union[int, int], Optional[int] == Union[int, None], get_args(Dict[str, int]), get_origin(List[int]) is list)
class Box(Generic[T]):
    def __init__(self, item: T) -> None: self.item = item
    def get(self) -> T: return self.item
b = Box[int](5); print(b.get(), Box[int], Box.__parameters__, isinstance(b, Box))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Pt(3); print(p, p.norm(), Pt._fields, Pt.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1); print(m, type(m) is dict, Movie.__required_keys__ == {"title", "year"})
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def f(a: int, b: "List[str]" = None) -> Optional[int]: return a
print(get_type_hints(f), cast(int, "s"))
try: List[int]([1, 2])
except TypeError as e: print(e)
UserId = NewType("UserId", int); print(UserId(5), UserId)
x: Final = 3
def g(items: Iterable[int]) -> Iterator[str]: yield from map(str, items)
print(list(g([1, 2])), Set[int], int | str)
