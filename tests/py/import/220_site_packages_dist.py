# Packages installed as `pip install --target DIR` lays them out, on sys.path,
# and importlib.metadata reading their *.dist-info.
import os
import sys
import site
import importlib.metadata as md
here = os.path.dirname(os.path.abspath(__file__))
site.addsitedir(os.path.join(here, 'helper_sitelib'))
import helper_dist_a
import helper_dist_b
import helper_dist_c
print(helper_dist_a.greet('x'), helper_dist_a.__version__)
print(helper_dist_b.combined(), helper_dist_c.c())
print(md.version('helper-dist-a'), md.version('helper_dist_b'), md.version('helper.dist.c'))
meta = md.metadata('helper-dist-a')
print(meta['Name'], meta['Summary'], meta.get_all('Requires-Dist'))
d = md.distribution('HELPER_DIST_A')
print(d.name, d.version, d.requires)
print([str(f) for f in d.files][:2])
print(d.read_text('top_level.txt').strip())
print([(ep.name, ep.value, ep.group) for ep in d.entry_points])
pd = md.packages_distributions()
print(pd['helper_dist_a'], pd['helper_dist_b'], pd['helper_dist_c'])
try:
    md.version('helper-not-installed')
except md.PackageNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
