# Ray tracer: renders a small scene (spheres on a checkered plane, two point
# lights, shadows, mirror reflections) into a grid of 8-bit RGB values and
# prints a checksum of the image. Vectors are instances of a small class with
# operator methods, so the program stresses object creation, method calls,
# attribute reads and float arithmetic.


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, reflect):
        super().__init__(color, diffuse, 0.0, 1, reflect)
        self.other = other

    def color_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


def power(x, n):
    # x ** n for a small positive int n by repeated squaring (exact in the
    # same way on every platform, unlike a libm pow call).
    result = 1.0
    while n:
        if n & 1:
            result *= x
        x *= x
        n >>= 1
    return result


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def nearest(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        self.rays += 1
        obj, t = self.nearest(ray)
        if obj is None:
            # sky: a vertical gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + Vec(1.0, 1.0, 1.0) * (1.0 - k) * 0.3
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = obj.material
        base = mat.color_at(point)
        color = base * self.ambient
        view = -ray.direction
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.hadamard(light.color) * (lambert * mat.diffuse)
                if mat.specular > 0.0:
                    half = (to_light + view).normalized()
                    spec = normal.dot(half)
                    if spec > 0.0:
                        color = color + light.color * (mat.specular * power(spec, mat.shininess))
        if mat.reflect > 0.0 and depth < 3:
            direction = ray.direction.reflect(normal)
            bounced = self.trace(Ray(point, direction), depth + 1)
            color = color * (1.0 - mat.reflect) + bounced * mat.reflect
        return color


def clamp8(v):
    i = int(v * 255.0)
    if i < 0:
        return 0
    if i > 255:
        return 255
    return i


def render(scene, width, height):
    eye = Vec(0.0, 1.2, -4.0)
    pixels = []
    aspect = width / height
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        row = []
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            direction = Vec(x, y - 0.2, 1.6).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            row.append((clamp8(c.x), clamp8(c.y), clamp8(c.z)))
        pixels.append(row)
    return pixels


def build_scene():
    red = Material(Vec(0.9, 0.2, 0.2), 0.8, 0.5, 32, 0.2)
    green = Material(Vec(0.2, 0.8, 0.3), 0.7, 0.3, 16, 0.1)
    mirror = Material(Vec(0.9, 0.9, 0.9), 0.2, 0.9, 64, 0.7)
    blue = Material(Vec(0.2, 0.3, 0.9), 0.9, 0.2, 8, 0.0)
    floor = Checker(Vec(0.9, 0.9, 0.9), Vec(0.15, 0.15, 0.15), 0.8, 0.25)
    objects = [
        Sphere(Vec(0.0, 1.0, 3.0), 1.0, mirror),
        Sphere(Vec(-2.1, 0.7, 2.2), 0.7, red),
        Sphere(Vec(2.0, 0.6, 2.0), 0.6, green),
        Sphere(Vec(0.9, 0.3, 0.6), 0.3, blue),
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor),
    ]
    lights = [
        Light(Vec(-4.0, 6.0, -2.0), Vec(0.8, 0.8, 0.8)),
        Light(Vec(5.0, 4.0, 0.0), Vec(0.4, 0.35, 0.3)),
    ]
    return Scene(objects, lights, 0.12)


def main():
    scene = build_scene()
    width, height = 200, 150
    pixels = render(scene, width, height)
    checksum = 0
    histogram = [0] * 8
    for j, row in enumerate(pixels):
        for i, (r, g, b) in enumerate(row):
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) // 96] += 1
    print("rays", scene.rays)
    print("checksum", checksum)
    print("histogram", histogram)
    print("centre", pixels[height // 2][width // 2], "corner", pixels[0][0])


main()
