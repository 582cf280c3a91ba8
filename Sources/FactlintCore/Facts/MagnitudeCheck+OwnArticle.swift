/// A bare amount whose own article writes it with a magnitude elsewhere ("the $4.7bn deal"
/// in the headline, "about $4.7" in the body), in words too far from it for the context
/// match, while another article writes that magnitude too and no other article gives the
/// bare amount: a dropped magnitude, on two articles' evidence. Never fixed: the words do
/// not match, so the completion is only suggested.
extension MagnitudeCheck {
    static func ownArticle(_ a: Amount, _ byArticle: [[Amount]], ruleID: String, severity: Severity) -> Diagnostic? {
        guard let own = byArticle.first(where: { $0[0].location.path == a.location.path })?.first, let factor = own.factor,
              let other = byArticle.first(where: { $0[0].location.path != a.location.path && $0.contains { $0.factor == factor } })?
                  .first(where: { $0.factor == factor }) else { return nil }
        let word = FiguresRule.magnitudeWord(factor)
        guard !word.isEmpty else { return nil }
        let written = a.slot.map { MagnitudeSlot.insert(word, into: $0.bytes, at: $0.offset) }
        let full = oneLine(written ?? a.text + " " + word)
        var d = Diagnostic(ruleID: ruleID, severity: severity,
                           message: "'\(a.text)' looks like it is missing its magnitude: this article has '\(own.text)' "
                               + "and another article '\(other.text)'; expected '\(full)'",
                           location: a.location,
                           related: [RelatedLocation(own.location, "written as '\(own.text)'"),
                                     RelatedLocation(other.location, "written as '\(other.text)'")])
        if let written { d.fix = Fix(byteRange: a.location.byteRange, text: written, confidence: .suggestion) }
        return d
    }
}
