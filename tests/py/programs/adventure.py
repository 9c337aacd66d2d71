# A small text adventure, driven by a scripted list of commands.
from dataclasses import dataclass, field


@dataclass
class Room:
    name: str
    description: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)


class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
            "library": Room("library", "Shelves of old books.", {"south": "hall"}, ["key"]),
            "kitchen": Room("kitchen", "It smells of bread.", {"west": "hall"}, []),
        }
        self.here = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, command):
        self.moves += 1
        verb, _, rest = command.partition(" ")
        room = self.rooms[self.here]
        if verb == "look":
            items = ", ".join(room.items) or "nothing"
            return f"{room.description} You see {items}. Exits: {', '.join(sorted(room.exits))}."
        if verb == "go":
            if rest not in room.exits:
                return f"You can't go {rest}."
            self.here = room.exits[rest]
            return f"You walk {rest} to the {self.here}."
        if verb == "take":
            if rest not in room.items:
                return f"There is no {rest} here."
            room.items.remove(rest)
            self.inventory.append(rest)
            return f"Taken: {rest}."
        if verb == "inventory":
            return "You carry: " + (", ".join(self.inventory) or "nothing")
        raise ValueError(f"unknown command {verb!r}")


game = Game()
for cmd in ["look", "take lamp", "go north", "look", "take key", "take sword", "go west",
            "go south", "go east", "look", "inventory", "dance"]:
    try:
        print(f"> {cmd}\n{game.do(cmd)}")
    except ValueError as e:
        print(f"> {cmd}\nError: {e}")
print(f"{game.moves} moves, ended in the {game.here}")
