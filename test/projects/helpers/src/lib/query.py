# Optional parameters that this module never passes itself.
def build(path, params=None, headers=None):
    out = path
    if params:
        out += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    if headers is not None:
        out += " " + str(len(headers))
    return out
