/**
 * When a diagram's configuration names a theme, Mermaid 11.17.2 computes that theme's variables
 * while it sets the configuration, before any grammar runs: colour maths on the variables below,
 * which throws on a value it cannot read as a colour ("Unsupported color format"), so the
 * diagram is rejected. Tables measured against mermaid 11.17.2 (one variable set at a time,
 * scripts/grammar-fuzz.mjs exercises them); variables not listed are never read as colours.
 */

const SCALES = 'cScale0 cScale1 cScale2 cScale3 cScale4 cScale5 cScale6 cScale7 cScale8 cScale9 cScale10 cScale11';
const GIT = 'git0 git1 git2 git3 git4 git5 git6 git7';
const LIGHT = `${SCALES} ${GIT} background lineColor mainBkg primaryColor primaryTextColor quadrant1Fill secondaryColor tertiaryColor`;

/** Theme name → the theme variables it reads as colours. */
const COLOUR_VARIABLES: Record<string, Set<string>> = Object.fromEntries(Object.entries({
  base: `${LIGHT} noteBkgColor`,
  dark: `${SCALES} background labelBackground mainBkg primaryColor primaryTextColor quadrant1Fill secondaryColor`,
  default: `${SCALES} ${GIT} labelTextColor primaryColor quadrant1Fill secondaryColor`,
  forest: `${SCALES} ${GIT} actorTextColor mainBkg primaryColor primaryTextColor quadrant1Fill secondaryColor tertiaryColor`,
  neutral: `${SCALES} border1 mainBkg primaryColor primaryTextColor quadrant1Fill secondaryColor`,
  neo: `${LIGHT} noteBkgColor`,
  'neo-dark': `${LIGHT} noteBkgColor`,
  redux: `${GIT} background lineColor mainBkg primaryColor primaryTextColor quadrant1Fill secondaryColor tertiaryColor`,
  'redux-dark': LIGHT,
  'redux-color': LIGHT,
  'redux-dark-color': LIGHT,
}).map(([theme, names]) => [theme, new Set(names.split(' '))]));

/**
 * Theme name → the variables it reads as colours even when left blank ('' or text the sanitiser
 * blanks); the others fall back to a default when blank.
 */
const BLANK_READ: Record<string, Set<string>> = Object.fromEntries(Object.entries({
  base: 'background noteBkgColor primaryColor',
  dark: 'background labelBackground mainBkg primaryColor primaryTextColor secondaryColor',
  default: 'labelTextColor primaryColor secondaryColor',
  forest: 'actorTextColor mainBkg primaryColor primaryTextColor secondaryColor tertiaryColor',
  neutral: 'border1 mainBkg primaryColor primaryTextColor secondaryColor',
  neo: 'background noteBkgColor primaryColor',
  'neo-dark': 'background noteBkgColor primaryColor',
  redux: 'background primaryColor',
  'redux-dark': 'background primaryColor',
  'redux-color': 'background primaryColor',
  'redux-dark-color': 'background primaryColor',
}).map(([theme, names]) => [theme, new Set(names.split(' '))]));

/** CSS colour keywords plus transparent, matched case-insensitively; the colour library lacks cyan, steelblue and tomato. */
const COLOUR_NAMES = new Set(`aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson darkblue darkcyan darkgoldenrod darkgray
darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite
forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory
khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue
slateblue slategray slategrey snow springgreen tan teal thistle turquoise violet wheat white whitesmoke
yellow yellowgreen transparent`.split(/\s+/));

const NUMBER = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?`;
const SEP = String.raw`\s*[\s,]\s*`;
// The alpha channel is set off by a comma only (the other separator, '/', is blanked by the sanitiser).
const ALPHA = String.raw`\s*,\s*${NUMBER}%?`;
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
// Three channels (numbers or percentages), optional alpha, commas or blanks between.
const RGB = new RegExp(String.raw`^rgba?\(\s*${NUMBER}%?${SEP}${NUMBER}%?${SEP}${NUMBER}%?(?:${ALPHA})?\s*\)$`, 'i');
// Hue with an optional angle unit, saturation and lightness in percent, optional alpha.
const HSL = new RegExp(String.raw`^hsla?\(\s*${NUMBER}(?:deg|grad|rad|turn)?${SEP}${NUMBER}%${SEP}${NUMBER}%(?:${ALPHA})?\s*\)$`, 'i');
/** What Mermaid's config sanitiser keeps of a theme variable's text; anything else becomes ''. */
export const KEPT_TEXT = /^[\d "#%(),.;A-Za-z]+$/;

/** Whether the colour library Mermaid uses reads `text` as a colour. */
export function readsAsColour(text: string): boolean {
  return HEX.test(text) || COLOUR_NAMES.has(text.toLowerCase()) || RGB.test(text) || HSL.test(text);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

export interface ThemeFailure {
  reason: string;
  /**
   * False when other theme variables are set too: the tables hold one variable at a time, and a
   * theme reads a variable only to derive the ones left unset (neo derives secondaryColor from
   * primaryColor, so a bad primaryColor passes when secondaryColor is given). Then only Mermaid knows.
   */
  certain: boolean;
}

/** Why setting this (merged) configuration throws in Mermaid's theme step, or null. */
export function themeFailure(config: Record<string, unknown>): ThemeFailure | null {
  const reason = themeFailureReason(config);
  if (reason === null) return null;
  const variables = config.themeVariables;
  const set = isRecord(variables) ? Object.values(variables).filter((v) => v !== null && v !== undefined).length : 0;
  return { reason, certain: set <= 1 };
}

function themeFailureReason(config: Record<string, unknown>): string | null {
  // A text themeVariables the sanitiser throws on is config-check's (nonTextCss), at every level.
  const variables = config.themeVariables;
  const theme = config.theme;
  if (!theme || (typeof theme !== 'string' && typeof theme !== 'number')) return null;
  const name = String(theme);
  const colours = Object.hasOwn(COLOUR_VARIABLES, name) ? COLOUR_VARIABLES[name]! : undefined;
  // Mermaid looks the theme up with `in`: Object.prototype's names are "found" and have no variables to compute.
  if (!colours) return name in {} ? `theme ${name} is not a theme` : null;
  if (!isRecord(variables)) return null;
  for (const [key, value] of Object.entries(variables)) {
    if (value === null || value === undefined || !colours.has(key)) continue;
    const blank = !value || (typeof value === 'string' && !KEPT_TEXT.test(value));
    if (blank) {
      if (BLANK_READ[name]!.has(key)) return `themeVariables.${key} is blank (Mermaid keeps only letters, digits, spaces and # % ( ) , . ;)`;
    } else if (typeof value !== 'string') {
      return `themeVariables.${key} must be a colour, not ${JSON.stringify(value)}`;
    } else if (!readsAsColour(value)) {
      return `themeVariables.${key} is not a colour Mermaid can read: ${JSON.stringify(value)}`;
    }
  }
  return null;
}
