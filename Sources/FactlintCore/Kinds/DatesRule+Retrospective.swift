/// A retrospective states how long ago its story happened: "Five years ago today, the fire
/// came over the ridge". Then "Six years after the fire, the town is rebuilt" counts from the
/// same story and must give the same number. Only a bare "the <noun>" with no year of its
/// own is read as the story's event ("the fire", "the disaster"); "after the 2010 flood" is
/// another time, counted by the arithmetic check. A date written in the frame's own
/// sentence ("Five years ago today, on 14 October 2026, …" in an article of 14 October
/// 2030) is that day, and must be within a day of it.
extension DatesRule {
    func checkRetrospective(_ d: Document, _ expressions: [TimeExpression], reference: Int?, _ findings: inout Findings<Evidence>) {
        let tokens = d.tokens
        // "N years ago today": the one frame of the article (two that disagree say nothing).
        var frames: [(years: Int, tokens: Range<Int>)] = []
        for i in tokens.indices where tokens[i].kind == .number || elapsed.starters.contains(tokens[i].word) {
            guard let (n, end) = elapsed.count(d, at: i), end + 2 < tokens.count, elapsed.units[tokens[end].word] == 1,
                  tokens[end + 1].word == extractor.v.ago, tokens[end + 2].word == extractor.v.today else { continue }
            frames.append((n, i..<(end + 3)))
        }
        guard let frame = frames.first, frames.allSatisfy({ $0.years == frame.years }) else { return }
        let written = expressions.filter { !$0.yearInferred && $0.kind != .weekday && $0.kind != .relative }
        if let reference {
            let today = CivilDate.civil(reference)
            let story = CivilDate.isValid(today.year - frame.years, today.month, today.day)
                ? CivilDate.days(today.year - frame.years, today.month, today.day) : reference - 365 * frame.years
            let frameSentence = d.sentenceIndex(ofToken: frame.tokens.lowerBound)
            for e in written where e.kind == .date && d.sentenceIndex(ofToken: e.tokens.lowerBound) == frameSentence {
                guard let day = e.interval, day.count == 1, abs(day.lowerBound - story) > 1 else { continue }
                let frameText = d.string(d.byteRange(tokens: frame.tokens))
                findings.diagnostics.append(diagnostic(d, e.bytes,
                    "'\(d.string(e.bytes))' does not add up: '\(frameText)' in an article dated \(CivilDate.describe(reference)) is \(CivilDate.describe(story))"))
            }
        }
        for p in elapsed.phrases(in: d) where p.kind == .after && p.years != frame.years {
            let k = p.tokens.upperBound
            guard k + 2 < tokens.count, tokens[k].word == extractor.v.the, tokens[k + 1].kind == .word,
                  !tokens[k + 1].has(.capitalized), !tokens[k + 1].has(.allCaps),
                  d.token(k + 2, is: ",") || d.token(k + 2, is: ".") || d.token(k + 2, is: ";") else { continue }
            let sentence = d.sentenceIndex(ofToken: p.tokens.lowerBound)
            guard !written.contains(where: { d.sentenceIndex(ofToken: $0.tokens.lowerBound) == sentence }) else { continue }
            let bytes = d.byteRange(tokens: p.tokens)
            let frameText = d.string(d.byteRange(tokens: frame.tokens))
            let line = d.location(d.byteRange(tokens: frame.tokens)).line
            findings.diagnostics.append(diagnostic(d, bytes,
                "'\(d.string(bytes)) \(d.string(tokens: k..<(k + 2)))' does not add up: the article's story is '\(frameText)' (line \(line)), \(years(frame.years)) ago"))
        }
    }
}
