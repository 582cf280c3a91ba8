extension VariantsRule {
    /// What `fullKey` makes of each scalar of Latin-1 and Latin Extended-A (U+00A0…U+017F)
    /// alone, in order: written out, because computing it at start-up decomposes 224 scalars
    /// and parses the whole decomposition table, ~5 M instructions on every run. A test checks
    /// every entry against `fullKey`.
    static let latin: [String] = [
        "", "", "", "", "", "", "", "", "", "", "\u{AA}", "", "", "", "", "", "", "", "\u{B2}", "\u{B3}", "",
        "\u{B5}", "", "", "", "\u{B9}", "\u{BA}", "", "\u{BC}", "\u{BD}", "\u{BE}", "", "a", "a", "a", "a", "a",
        "a", "\u{E6}", "c", "e", "e", "e", "e", "i", "i", "i", "i", "\u{F0}", "n", "o", "o", "o", "o", "o", "",
        "\u{F8}", "u", "u", "u", "u", "y", "\u{FE}", "\u{DF}", "a", "a", "a", "a", "a", "a", "\u{E6}", "c", "e",
        "e", "e", "e", "i", "i", "i", "i", "\u{F0}", "n", "o", "o", "o", "o", "o", "", "\u{F8}", "u", "u", "u",
        "u", "y", "\u{FE}", "y", "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "\u{111}", "\u{111}", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", "g", "g",
        "g", "g", "h", "h", "\u{127}", "\u{127}", "i", "i", "i", "i", "i", "i", "i", "i", "i", "\u{131}",
        "\u{133}", "\u{133}", "j", "j", "k", "k", "\u{138}", "l", "l", "l", "l", "l", "l", "\u{140}", "\u{140}",
        "\u{142}", "\u{142}", "n", "n", "n", "n", "n", "n", "\u{149}", "\u{14B}", "\u{14B}", "o", "o", "o", "o",
        "o", "o", "\u{153}", "\u{153}", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s",
        "t", "t", "t", "t", "\u{167}", "\u{167}", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u",
        "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "\u{17F}"
    ]

    /// The same for the dashes and quotation marks of General Punctuation (U+2010…U+2027):
    /// none is a letter or a digit.
    static let punctuation = [String](repeating: "", count: 0x2027 - 0x2010 + 1)
}
