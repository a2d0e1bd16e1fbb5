# site: .pth files add directories and run import lines; getsitepackages.
import os
import sys
import site
here = os.path.dirname(os.path.abspath(__file__))
sitedir = os.path.join(here, 'helper_site_pth')
before = len(sys.path)
site.addsitedir(sitedir)
added = [os.path.relpath(p, here) for p in sys.path[before:]]
print(added)
print(os.environ.get('HELPER_PTH_RAN'))
import helper_from_pth
print(helper_from_pth.WHERE)
site.addsitedir(sitedir)
print(len(sys.path) - before)
print(type(site.getsitepackages()), all(p.endswith('site-packages') for p in site.getsitepackages()))
print(site.getusersitepackages().endswith('site-packages'), site.ENABLE_USER_SITE)
print(callable(site.addpackage), callable(site.getuserbase))
