/// Regular English inflections of a word, so rule authors write "pledge" and match
/// "pledges", "pledged" and "pledging" without regular expressions. Over-generation is
/// harmless: a form that is not a word never occurs in text.
public enum WordForms {
    public static func inflections(of word: String) -> [String] {
        let w = word.lowercased()
        guard w.count >= 3, w.allSatisfy(\.isLetter) else { return [word] }
        var forms: [String] = [w]
        let last = w.last!
        let stem = String(w.dropLast())
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "e" {
            forms += [w + "s", w + "d", stem + "ing"]
        } else if last == "y", let before = stem.last, !vowels.contains(before) {
            forms += [stem + "ies", stem + "ied", w + "ing"]
        } else {
            let sibilant = ["s", "x", "z", "ch", "sh"].contains { w.hasSuffix($0) }
            forms += [w + (sibilant ? "es" : "s"), w + "ed", w + "ing"]
            // plan → planned: a short word ending consonant-vowel-consonant doubles.
            let chars = Array(w)
            if chars.count <= 4, !vowels.contains(last), !"wxy".contains(last), vowels.contains(chars[chars.count - 2]),
               !vowels.contains(chars[chars.count - 3]) {
                forms += [w + String(last) + "ed", w + String(last) + "ing"]
            }
        }
        return forms
    }

    /// A phrase with its last word inflected: "investment package" → "… packages".
    public static func phraseForms(of phrase: String) -> [String] {
        let words = phrase.split(separator: " ")
        guard let last = words.last else { return [phrase] }
        let head = words.dropLast().joined(separator: " ")
        return inflections(of: String(last)).map { head.isEmpty ? $0 : head + " " + $0 }
    }
}
