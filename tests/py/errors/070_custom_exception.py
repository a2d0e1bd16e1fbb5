class ConfigurationProblem(Exception):
    pass
def load(path):
    raise ConfigurationProblem(f"cannot load {path!r}: missing section")
print("loading")
load("app.cfg")
