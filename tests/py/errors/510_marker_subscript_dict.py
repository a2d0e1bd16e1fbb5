# ~^^^^^ under a failing subscript.
settings = {"debug": True}
level = settings["level"]
