import helper_dist_a
def combined():
    return helper_dist_a.greet('b')
