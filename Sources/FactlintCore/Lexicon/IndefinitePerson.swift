/// "a retired teacher from Bergen", "one passenger", "another survivor": an unnamed person
/// the text brings in with an indefinite article, whom a later "she" or "his" may mean, so a
/// named person further back is not the only one it could refer to.
enum IndefinitePerson {
    /// Nouns for a person by occupation or circumstance (singular, lowercase).
    static let nouns: Set<String> = [
        "passenger", "survivor", "witness", "resident", "neighbour", "neighbor", "teacher", "student", "pupil",
        "nurse", "doctor", "driver", "pilot", "worker", "employee", "official", "officer", "engineer", "farmer",
        "fisherman", "fisher", "tourist", "traveller", "traveler", "visitor", "volunteer", "owner", "shopkeeper",
        "customer", "patient", "mother", "father", "parent", "grandmother", "grandfather", "widow", "widower",
        "woman", "man", "girl", "boy", "child", "teenager", "pensioner", "retiree", "veteran", "lawyer", "juror",
        "spectator", "fan", "guard", "miner", "sailor", "crew", "crewman", "crewmember", "mechanic", "technician",
        "scientist", "researcher", "analyst", "journalist", "reporter", "photographer", "spokesperson", "source",
        "relative", "friend", "colleague", "member", "rescuer", "firefighter", "paramedic", "soldier", "victim",
    ]
    static let determiners: Set<String> = ["a", "an", "one", "another"]
    static let predicates: Set<String> = ["as", "is", "was", "were", "are", "be", "been", "being", "became", "become",
                                          "becomes", "remains", "remained"]

    /// An indefinite person noun inside `range`: the noun with "a", "an", "one" or "another"
    /// at most three words before it (adjectives between: "a retired primary teacher").
    static func occurs(_ d: Document, in range: Range<Int>) -> Bool {
        for k in range where d.tokens[k].kind == .word && !d.tokens[k].has(.capitalized)
            && nouns.contains(d.string(token: k).lowercased()) {
            var j = k - 1
            while j >= max(range.lowerBound, k - 3), d.tokens[j].kind == .word {
                if determiners.contains(d.string(token: j).lowercased()) {
                    // "came to Canada as a forestry student", "she was a nurse": the subject's
                    // own role, not another person.
                    let before = j > 0 && d.tokens[j - 1].kind == .word ? d.string(token: j - 1).lowercased() : ""
                    if !predicates.contains(before) { return true }
                    break
                }
                j -= 1
            }
        }
        return false
    }
}
