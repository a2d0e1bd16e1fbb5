# -*- coding: latin-1 -*-
name = "café"
last = 1