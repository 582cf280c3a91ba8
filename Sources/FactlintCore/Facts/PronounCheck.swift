/// Gendered pronouns whose only plausible antecedent is a person of the other gender.
///
/// The window: declared people mentioned earlier in the pronoun's sentence; for a
/// pronoun that opens its sentence or has no candidate there, the previous sentence; for
/// "him" and "her" (objects, and "her" as a possessive), the sentence so far plus the
/// previous sentence. A candidate of the pronoun's gender, an unknown name that could be
/// a person ("Hideki Matsuyama", "Mr. Kim"), or an accepted pronoun of the same gender
/// in the window (a chain: "…she is his protege. She shares…") means no report. Pronouns inside quotations are skipped: they
/// belong to the speaker's world. Before a report, the readings in `PronounCheck+Readings`
/// rule out candidates the grammar excludes and look for the person further back.
struct PronounCheck: Sendable {
    enum Gender: String, Sendable { case female, male }

    let pronouns: IDTable<Pronoun>
    let titles: IDSet
    /// Nouns for one person of either sex ("her guest", "his counterpart"): a possible antecedent.
    let personNouns: IDSet
    /// Nouns for a relative of one sex ("her brother … his time"): an antecedent of that sex.
    let kin: IDTable<Gender>
    /// Posts that, after "the", name someone the rules may not declare: "The president took over".
    let posts: IDSet
    let the: Int32
    /// Words after "her" that make it an object, not a possessive: "described her as", "told her again".
    let objectFollowers: IDSet
    /// Words that open a subordinate clause at a sentence's start ("After …, he …").
    let subordinators: IDSet

    struct Pronoun: Sendable { var gender: Gender; var object: Bool }
    let dictionary: WordList

    init(lexicon: inout Lexicon, dictionary: WordList) {
        var p = IDTable<Pronoun>()
        for w in ["he", "his", "himself"] { p[lexicon.intern(w)] = Pronoun(gender: .male, object: false) }
        for w in ["she", "hers", "herself"] { p[lexicon.intern(w)] = Pronoun(gender: .female, object: false) }
        p[lexicon.intern("him")] = Pronoun(gender: .male, object: true)
        p[lexicon.intern("her")] = Pronoun(gender: .female, object: true)
        pronouns = p
        titles = IDSet(["mr", "mrs", "ms", "miss", "dr", "president", "minister", "secretary", "chancellor", "senator",
                      "governor", "mayor", "king", "queen", "prince", "princess", "sir", "lady", "lord", "general",
                      "judge", "pope", "emperor", "empress", "sheikh"].map { lexicon.intern($0) })
        personNouns = IDSet(["guest", "guests", "visitor", "counterpart", "host", "friend", "partner", "spouse",
                           "successor", "predecessor", "rival", "ally", "mentor", "protege"].map { lexicon.intern($0) })
        var kin = IDTable<Gender>()
        for w in ["brother", "husband", "father", "son", "uncle", "nephew", "grandfather", "grandson", "boyfriend",
                  "stepfather", "stepson", "widower", "fiance"] { kin[lexicon.intern(w)] = .male }
        for w in ["sister", "wife", "mother", "daughter", "aunt", "niece", "grandmother", "granddaughter", "girlfriend",
                  "stepmother", "stepdaughter", "widow", "fiancee"] { kin[lexicon.intern(w)] = .female }
        self.kin = kin
        posts = IDSet(PronounCheck.postWords.map { lexicon.intern($0) })
        the = lexicon.intern("the")
        objectFollowers = IDSet(["as", "to", "for", "in", "on", "with", "at", "and", "about", "from", "into", "over", "up",
                                 "out", "back", "again", "there", "that", "a", "an", "the", "his", "her", "their", "its",
                                 "our", "this", "how", "why", "what", "if", "not", "off", "down", "too"].map { lexicon.intern($0) })
        subordinators = IDSet(["after", "before", "when", "while", "as", "once", "since", "until", "although", "though",
                               "because", "if", "whereas", "whenever"].map { lexicon.intern($0) })
        self.dictionary = dictionary
    }

    static let postWords = [
        "president", "minister", "premier", "chancellor", "senator", "governor", "mayor", "judge", "referee", "manager",
        "coach", "chairman", "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "commissioner",
        "captain", "ambassador", "justice", "secretary", "treasurer", "founder", "chief", "officer",
    ]

    struct Finding {
        var pronoun: Int
        var gender: Gender
        var nearest: Mention
    }

    /// How far back a window reaches, in tokens: a pronoun's antecedent is near, and the
    /// bound keeps giant run-on sentences linear.
    static let reach = 80

    func check(_ d: Document, mentions: [Mention], genders: [Gender?], quotations: [Quotation]) -> [Finding] {
        var findings: [Finding] = []
        var accepted: [Int: Set<Gender>] = [:] // sentence → genders of accepted pronouns
        var chain: [(token: Int, gender: Gender)] = [] // accepted pronouns, in text order
        let people = mentions.filter { genders[$0.entity] != nil && Quotations.containing($0.tokens.lowerBound, in: quotations) == nil }
        var mentioned = [Bool](repeating: false, count: d.tokens.count)
        for m in mentions { for k in m.tokens { mentioned[k] = true } }
        /// People whose mention starts in `range` (binary search; `people` is in text order).
        func peopleIn(_ range: Range<Int>) -> ArraySlice<Mention> {
            var low = 0, high = people.count
            while low < high {
                let mid = (low + high) / 2
                if people[mid].tokens.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            var end = low
            while end < people.count && people[end].tokens.lowerBound < range.upperBound { end += 1 }
            return people[low..<end]
        }
        for i in d.tokens.indices {
            guard let pronoun = pronouns[d.tokens[i].word], Quotations.containing(i, in: quotations) == nil else { continue }
            let (gender, object) = (pronoun.gender, pronoun.object)
            let s = d.sentenceIndex(ofToken: i)
            if accepted[s]?.contains(gender) == true { continue }
            let sentence = d.sentences[s].tokens
            var previous = s > 0 ? d.sentences[s - 1].tokens : sentence.lowerBound..<sentence.lowerBound
            previous = max(previous.lowerBound, previous.upperBound - Self.reach)..<previous.upperBound
            let ownSpan = max(sentence.lowerBound, i - Self.reach)..<i
            let opens = !(sentence.lowerBound..<i).contains { d.tokens[$0].kind == .word }
            let own = peopleIn(ownSpan)
            let window: [Range<Int>]
            if object {
                window = [previous, ownSpan]
            } else if opens || own.isEmpty {
                window = [previous]
            } else {
                window = [ownSpan]
            }
            let candidates = window.flatMap { peopleIn($0) }
            let agreeing = candidates.contains { genders[$0.entity] == gender }
                || chain.suffix(8).contains { p in p.gender == gender && window.contains { $0.contains(p.token) } }
                || window.contains { unknownPerson(d, in: $0, mentioned: mentioned) }
                || window.contains { range in range.contains { !mentioned[$0] && kin[d.tokens[$0].word] == gender } }
                // Someone no rule declares, earlier in the pronoun's own sentence, is nearer
                // than anyone in the sentence before ("Dale Ostrow, the fire chief, said his").
                || (own.isEmpty && unknownPerson(d, in: ownSpan, mentioned: mentioned))
            let otherReading = agreeing || candidates.isEmpty ? nil
                : contradiction(d, pronoun: i, gender: gender, object: object, candidates: candidates, genders: genders,
                                people: peopleIn, sentence: s)
            if agreeing || candidates.isEmpty || otherReading == nil {
                accepted[s, default: []].insert(gender)
                chain.append((i, gender))
                continue
            }
            findings.append(Finding(pronoun: i, gender: gender, nearest: otherReading!))
        }
        return findings
    }

    /// A person no rule declares: a title before a capitalized word ("Mr. Kim"), two
    /// capitalized words that are not ordinary words ("Hideki Matsuyama"; not "White House",
    /// not "South Korea"), a noun for one person of either sex ("her guest"), or an unnamed
    /// person brought in with an indefinite article ("a retired teacher").
    func unknownPerson(_ d: Document, in range: Range<Int>, mentioned: [Bool]) -> Bool {
        let tokens = d.tokens
        func name(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].has(.capitalized) && !tokens[k].has(.allCaps) && !mentioned[k] }
        var k = range.lowerBound
        for j in range where personNouns.contains(tokens[j].word) && !mentioned[j] { return true }
        if IndefinitePerson.occurs(d, in: range) { return true }
        // "the president" (not "the president Ana Ruiz", a title): someone the rules may not declare.
        // "Ana Ruiz, the president," is Ana Ruiz.
        for j in range where j > 0 && posts.contains(tokens[j].word) && !mentioned[j] && tokens[j - 1].word == the
            && !(j + 1 < tokens.count && name(j + 1)) && !(j >= 3 && d.token(j - 2, is: ",") && mentioned[j - 3]) { return true }
        while k + 1 < range.upperBound {
            if titles.contains(tokens[k].word) && !mentioned[k] {
                var j = k + 1
                if j < range.upperBound, d.token(j, is: ".") { j += 1 }
                if j < range.upperBound, name(j) { return true }
            }
            // "Ray Tomczak, the town's fire chief,": a name in apposition to a post is a person,
            // even when its first word is an ordinary word or opens the sentence.
            if name(k), name(k + 1), tokens[k + 1].has(.spaceBefore), !dictionary.contains(d.string(token: k + 1)),
               k + 3 < tokens.count, d.token(k + 2, is: ","),
               (k + 3..<min(k + 10, tokens.count)).contains(where: { posts.contains(tokens[$0].word) }) {
                return true
            }
            // Neither word is an ordinary word, so one that opens the sentence is a name too.
            if name(k), name(k + 1), tokens[k + 1].has(.spaceBefore),
               !dictionary.contains(d.string(token: k)), !dictionary.contains(d.string(token: k + 1)) {
                return true
            }
            k += 1
        }
        return false
    }
}

extension PronounCheck.Gender: Codable {}
