"""Deep and shallow copies of a graph with shared and cyclic references."""
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def __repr__(self):
        return f"Node({self.name!r}, {[e.name for e in self.edges]})"


a, b, c = Node("a"), Node("b"), Node("c")
a.edges = [b, c]
b.edges = [c, a]
c.edges = [a]
graph = {"root": a, "all": [a, b, c]}

shallow = copy.copy(graph)
deep = copy.deepcopy(graph)
print(shallow["root"] is a, deep["root"] is a)
print(deep["root"], deep["all"])
print(deep["root"] is deep["all"][0], deep["all"][1].edges[1] is deep["root"])
deep["root"].name = "A"
print(a.name, deep["all"][2].edges[0].name)
nested = [[1, 2], [3, [4, 5]]]
flat = copy.copy(nested)
flat[1][1].append(6)
print(nested, copy.deepcopy(nested) == nested)
