/// "Fjordlinje Vest, which marks its 90th anniversary this year", "Fjordlinje's 90th
/// anniversary": a declared anniversary whose anchor is "anniversary of Fjordlinje Vest" is
/// also named by its subject before a possessive "its" or "'s" and the ordinal, in the same
/// sentence. The subject phrases are the anchors' words after "anniversary of" (and the like).
extension DatesRule {
    /// Per declared anniversary, the phrases its anchors commemorate ("Fjordlinje Vest").
    static func anniversarySubjects(_ anniversaries: [Anniversary], window: Int, lexicon: inout Lexicon) -> Anchors {
        var subjects = Anchors(window: window)
        let words = ["anniversary", "centenary", "centennial", "bicentenary", "bicentennial", "jubilee", "birthday"]
        for (i, a) in anniversaries.enumerated() {
            for anchor in a.anchors {
                let parts = anchor.split(separator: " ").map(String.init)
                guard parts.count >= 3, words.contains(parts[0].lowercased()), parts[1].lowercased() == "of" else { continue }
                var rest = Array(parts.dropFirst(2))
                if rest.first?.lowercased() == "the" { rest.removeFirst() }
                // Only a name: "anniversary of the disaster" has no subject that could own "its".
                guard let first = rest.first, first.first?.isUppercase == true else { continue }
                subjects.add(rest.joined(separator: " "), fact: i, lexicon: &lexicon)
            }
        }
        return subjects
    }

    /// "its 90th anniversary" or "X's 90th anniversary" not followed by "of", with a declared
    /// subject earlier in its sentence: the anniversary of that subject.
    func subjectAnniversaries(_ d: Document) -> [Commemorated] {
        let subjectHits = anniversarySubjectAnchors.hits(in: d)
        guard !subjectHits.isEmpty else { return [] }
        let tokens = d.tokens
        var found: [Commemorated] = []
        for k in tokens.indices where tokens[k].kind == .word && anchorWords.commemorations.contains(tokens[k].word) {
            // "90th anniversary", not "anniversary of …" (which names its own object).
            let start = k - 2
            guard start >= 1, k + 1 >= tokens.count || tokens[k + 1].word != anchorWords.of,
                  tokens[start].kind == .number, ordinalSuffixes.contains(tokens[k - 1].word), tokens[k - 1].isJoined else { continue }
            let owner = start - 1
            let possessive = d.string(token: owner).lowercased() == "its" || TypePhrases.isPossessive(d, endingAt: owner)
            guard possessive else { continue }
            let sentence = d.sentences[d.sentenceIndex(ofToken: k)].tokens
            guard let hit = subjectHits.last(where: { sentence.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= owner + 1 }),
                  let fact = hit.facts.first else { continue }
            let a = options.anniversaries[fact]
            found.append(Commemorated(tokens: k..<(k + 1), phraseStart: start, name: a.name, year: a.year, adjacentOnly: true))
        }
        return found
    }
}
