/**
 * Put before a selected borough's name in charts and their legends.
 *
 * U+25BA (►) is in Arial's WGL4 set, and in Liberation Sans, its metric twin on Linux; U+25B6
 * (▶), used before, is in neither, so every platform drew it from a fallback font (some as an
 * emoji), and Chromium on Linux spent about 8 ms finding that font during the first layout.
 */
export const SELECTED_MARK = '►';
