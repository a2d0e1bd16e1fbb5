def greet(name):
    return f'hello {name} from helper_dist_a'
