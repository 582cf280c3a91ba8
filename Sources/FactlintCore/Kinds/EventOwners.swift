/// Events that belong to a person: "Lindqvist's appointment", "Minister Solís's tour". A date
/// speaks of such an event only in a clause about that person: one that names them, or has
/// a personal pronoun that may stand for them ("since he arrived in 2023"). A clause about
/// someone else ("Hatherley, who took over in 2019", "The president took over in 2019")
/// dates that person's doing, however close the event's anchor is.
///
/// The owner is the name before the possessive that opens the event's name. It counts as
/// a person in a document that writes it after a given name or title ("Stefan Lindqvist",
/// "Minister Solís"); a club or company ("Ashbury's sixth title") is left alone.
struct EventOwners: Sendable {
    /// Per event, the owner's word (its last word before "'s"), if any, and the word before
    /// it in the event's name ("Rovers" and "Harbour" in "Harbour Rovers's last title").
    let owners: [Int32?]
    let namePrefixes: [Int32?]
    let pronouns: IDSet

    init(_ names: [String], lexicon: inout Lexicon) {
        let found = names.map(Self.owner)
        owners = found.map { $0.map { lexicon.intern($0.word) } }
        namePrefixes = found.map { $0?.before.map { lexicon.intern($0) } }
        pronouns = IDSet(["he", "she", "they", "him", "her", "his", "hers", "them", "their", "i", "we", "me", "my", "our"]
            .map { lexicon.intern($0) })
    }

    /// "Interior Minister Solís's tour of X" → ("Solís", "Minister"); "the sale of X" → nil.
    static func owner(_ name: String) -> (word: String, before: String?)? {
        let words = name.split(separator: " ")
        for (i, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return nil }
            for mark in ["'s", "’s"] where word.hasSuffix(mark) && word.count > 2 {
                return (String(word.dropLast(2)), i > 0 ? String(words[i - 1]) : nil)
            }
        }
        return nil
    }

    var isEmpty: Bool { !owners.contains { $0 != nil } }

    /// Per event, the owner if this document shows it is a person: a capitalized word right
    /// before it, in its sentence, that is not the word before it in the event's own name
    /// ("Stefan Lindqvist", not "Harbour Rovers").
    func persons(in d: Document) -> [Int32?] {
        let tokens = d.tokens
        return zip(owners, namePrefixes).map { owner, prefix in
            guard let owner else { return nil }
            for k in tokens.indices.dropFirst() where tokens[k].word == owner {
                let before = tokens[k - 1]
                if before.kind == .word, before.has(.capitalized), before.word != prefix, !tokens[k].has(.lineBefore),
                   !FunctionWords.contains(d.bytes, before.range), d.sentenceIndex(ofToken: k - 1) == d.sentenceIndex(ofToken: k) {
                    return owner
                }
            }
            return nil
        }
    }

    /// Whether a date at `date` may speak of an event of `owner`: its clause names the owner
    /// or has a personal pronoun, or it is a relative clause on the owner's name.
    func allows(_ date: Range<Int>, owner: Int32, in d: Document, clauses: SentenceClauses, sentence: Range<Int>) -> Bool {
        let clause = clauses.clause(of: date.lowerBound)
        for k in sentence where clauses.clause(of: k) == clause && !date.contains(k) {
            let w = d.tokens[k].word
            if w == owner || pronouns.contains(w) { return true }
        }
        for a in clauses.antecedents where Int(a.clause) == clause {
            if a.tokens.contains(where: { d.tokens[$0].word == owner }) { return true }
        }
        return false
    }
}
