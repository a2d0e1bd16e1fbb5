import platform
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver())
print(platform.system_alias('Linux', '1', '2'))
info = platform.freedesktop_os_release()
print(type(info).__name__, 'ID' in info, 'NAME' in info)
print(platform.freedesktop_os_release() is not platform.freedesktop_os_release())
print(platform._platform('a b', 'c/d', '', 'e:f', 'g--h-'))
