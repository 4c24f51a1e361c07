import { describe, expect, it } from "vitest";
import { formatRgbColor, parseCssColor } from "../../src/export/index.ts";

describe("parseCssColor", () => {
  it.each([
    ["#abc", "rgb(170, 187, 204)"],
    ["#AABBCC", "rgb(170, 187, 204)"],
    ["#aabbcc80", "rgba(170, 187, 204, 0.502)"],
    ["#abcf", "rgb(170, 187, 204)"],
    ["rgb(228, 87, 46)", "rgb(228, 87, 46)"],
    ["rgb(228,87,46)", "rgb(228, 87, 46)"],
    ["rgba(228, 87, 46, 0.5)", "rgba(228, 87, 46, 0.5)"],
    ["rgba(228, 87, 46, 0)", "rgba(228, 87, 46, 0)"],
    ["rgb(100% 0% 50% / 25%)", "rgba(255, 0, 128, 0.25)"],
    ["rgb(300, -4, 12.6)", "rgb(255, 0, 13)"],
    ["  #fff  ", "rgb(255, 255, 255)"],
  ])("reads %s as %s", (css, rgb) => {
    const color = parseCssColor(css);
    expect(color).not.toBeNull();
    expect(formatRgbColor(color!)).toBe(rgb);
  });

  it.each(["red", "#ab", "#abcde", "rgb(1, 2)", "rgb(a, b, c)", "hsl(0, 50%, 50%)", ""])(
    "does not read %j",
    (css) => {
      expect(parseCssColor(css)).toBeNull();
    },
  );
});
