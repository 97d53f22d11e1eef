# What the argparse port refuses: each is a diagnostic naming the feature.
import argparse


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


base = argparse.ArgumentParser(add_help=False)
parser = argparse.ArgumentParser(parents=[base], fromfile_prefix_chars="@")
parser.add_argument("--name", action=Upper)
parser.add_argument("--log", type=argparse.FileType("w"))
args = parser.parse_args(namespace=argparse.Namespace())
print(args.name)
