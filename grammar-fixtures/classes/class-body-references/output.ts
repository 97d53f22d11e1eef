import { getItem, str } from "py2ts-async/runtime";

// Names bound earlier in a class body are visible to later statements of the body (not to methods,
// which reach them through self or the class).
class Palette {
  static RED = "#f00";
  static GREEN = "#0f0";
  static PRIMARY = [Palette.RED, Palette.GREEN];
  static NAMES = new Map([[Palette.RED, "red"], [Palette.GREEN, "green"]]);
  static DEFAULT = getItem(Palette.NAMES, Palette.RED).toUpperCase();
  describe(colour: string): string {
    return `${getItem((this.constructor as typeof Palette).NAMES, colour)} (${Palette.DEFAULT})`;
  }
}

console.log(`${str(Palette.PRIMARY, "(?,?)")} ${Palette.DEFAULT}`);
console.log(new Palette().describe(Palette.GREEN));
