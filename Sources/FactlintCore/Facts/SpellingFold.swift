/// British and American spellings of one word, folded to one form so that two phrases
/// written on either side of the Atlantic ("fire behaviour specialist", "fire behavior
/// specialist") are the same words. Lowercase input; only whole-word endings are folded,
/// and both sides of a comparison are folded alike, so a rare false match ("tour"/"tor")
/// only joins words that never meet in one phrase slot.
enum SpellingFold {
    static func fold(_ word: String) -> String {
        let w = Array(word.utf8)
        guard w.count >= 5 else { return word }
        // behaviour → behavior, harbours → harbors, labourer stays (no ending rule for it).
        for (suffix, replacement) in endings where w.count >= suffix.count + 2 && w.suffix(suffix.count).elementsEqual(suffix) {
            return String(decoding: w.dropLast(suffix.count) + replacement, as: UTF8.self)
        }
        return word
    }

    private static let endings: [([UInt8], [UInt8])] = [
        ("ours", "ors"), ("our", "or"),      // colour, behaviour, harbours
        ("tres", "ters"), ("tre", "ter"),    // centre, metres, theatre
        ("ised", "ized"), ("ise", "ize"), ("ising", "izing"), ("isation", "ization"),
        ("ogue", "og"),                      // catalogue, dialogue
        ("ence", "ense"),                    // defence, licence
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
