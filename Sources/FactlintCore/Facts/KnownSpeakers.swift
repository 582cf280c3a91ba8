/// The people a rule pack knows, for telling whom an attribution names: the speakers of
/// declared quotations and the persons (entities with a gender) of the pack's `entities`
/// rules, each with the forms that name them — the name, its aliases (`entities`), its
/// variants (`names`) and, built in, the surname alone and a title with the surname.
///
/// Names are compared folded (case, accents, hyphens, points: "Jan-Erik Sundström" is
/// "jan erik sundstrom"). A form two people share names neither: "Lindqvist" alone is no
/// one when Karin and Henrik Lindqvist are both known, though "Ms Lindqvist" is Karin when
/// the pack gives her gender or that alias.
struct KnownSpeakers: Sendable {
    struct Person: Sendable {
        var name: String
        var gender: PronounCheck.Gender?
        var forms: [String]
    }

    private(set) var people: [Person] = []
    /// Folded form → people it names (a surname alone included).
    private var byForm: [String: [Int]] = [:]
    /// Folded form → people, for the forms given (names, aliases, variants) only.
    private var given: [String: [Int]] = [:]

    static let femaleTitles: Set<String> = ["ms", "mrs", "miss", "dame"]
    static let maleTitles: Set<String> = ["mr", "sir"]

    /// A person with these forms (the first is the name shown in messages); returns their
    /// index. A person already known by the name gains the forms.
    @discardableResult
    mutating func add(_ forms: [String], gender: PronounCheck.Gender?) -> Int {
        let folded = forms.map(PersonKeys.fold).filter { !$0.isEmpty }
        guard let name = folded.first else { return -1 }
        let index: Int
        if let known = byForm[name]?.first(where: { people[$0].forms.first == name }) {
            index = known
            if people[index].gender == nil { people[index].gender = gender }
        } else {
            index = people.count
            people.append(Person(name: forms[0], gender: gender, forms: []))
        }
        for form in folded where !people[index].forms.contains(form) {
            people[index].forms.append(form)
            if byForm[form]?.contains(index) != true { byForm[form, default: []].append(index) }
            if given[form]?.contains(index) != true { given[form, default: []].append(index) }
        }
        // The surname alone: the last word of the name.
        if let surname = name.split(separator: " ").last.map(String.init), surname != name, byForm[surname]?.contains(index) != true {
            byForm[surname, default: []].append(index)
        }
        return index
    }

    /// The person a written name (titles included) stands for; nil when it names no one
    /// known or more than one.
    func resolve(_ written: String) -> Int? {
        var words = PersonKeys.fold(written).split(separator: " ").map(String.init)
        if let only = single(byForm[words.joined(separator: " ")]) { return only }
        guard words.count >= 2, QuoteSpeaker.titles.contains(words[0]) else { return nil }
        let title = words.removeFirst()
        let gender: PronounCheck.Gender? = Self.femaleTitles.contains(title) ? .female : Self.maleTitles.contains(title) ? .male : nil
        // A gendered title rules out people of the other gender.
        let candidates = (byForm[words.joined(separator: " ")] ?? []).filter { gender == nil || people[$0].gender != (gender == .female ? .male : .female) }
        return single(candidates)
    }

    /// The person a form given for them stands for ("the rescue chief"); nil when none or several.
    func resolveGiven(_ written: String) -> Int? { single(given[PersonKeys.fold(written)]) }

    /// The person a name form stands for when there is exactly one.
    private func single(_ candidates: [Int]?) -> Int? {
        guard let candidates, candidates.count == 1 else { return nil }
        return candidates[0]
    }
}
