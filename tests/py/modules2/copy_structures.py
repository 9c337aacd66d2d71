# Copies of nested structures: shallow vs deep.
import copy
board = [[0] * 3 for _ in range(3)]
shallow = copy.copy(board); deep = copy.deepcopy(board)
board[0][0] = 9
print(shallow[0][0], deep[0][0], shallow[0] is board[0], deep[0] is board[0])
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
ring = Node(1, Node(2)); ring.nxt.nxt = ring
clone = copy.deepcopy(ring)
print(clone.v, clone.nxt.v, clone.nxt.nxt is clone, clone is not ring)
