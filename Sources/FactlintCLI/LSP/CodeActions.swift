import FactlintCore

/// Quick fixes under the same policy as `--fix`: only findings that carry a fix (one right
/// answer) get one, and a file with encoding problems gets none.
struct CodeActions {
    let uri: String
    let found: LanguageServer.Checked

    static let fixAllKind = "source.fixAll.factlint"

    func actions(bytes range: ClosedRange<Int>, only: [String]?) -> [JSONValue] {
        guard !found.diagnostics.contains(where: { $0.ruleID == BuiltinRule.encoding }) else { return [] }
        func wanted(_ kind: String) -> Bool { only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true }
        var actions: [JSONValue] = []
        if wanted("quickfix") {
            for d in found.diagnostics {
                guard let fix = d.fix else { continue }
                let r = d.location.byteRange
                guard r.lowerBound <= range.upperBound && range.lowerBound <= r.upperBound else { continue }
                let was = found.positions.text.string(fix.byteRange)
                actions.append(["title": .string("Replace '\(was)' with '\(fix.text)' (\(d.ruleID))"), "kind": "quickfix",
                                // A suggestion (a near miss without corpus evidence, a fix inside a
                                // quotation) is offered but never preferred, as `--fix` never applies it.
                                "isPreferred": .bool(fix.confidence == .safe), "diagnostics": [found.presenter.diagnostic(d)], "edit": edit([fix])])
            }
        }
        let fixes = found.diagnostics.compactMap(\.fix)
        if !fixes.isEmpty && wanted(Self.fixAllKind) {
            let plan = FixPlan(bytes: found.positions.text.bytes, fixes: fixes)
            actions.append(["title": "Fix all factlint findings that have one right answer", "kind": .string(Self.fixAllKind),
                            "edit": edit(plan.applied)])
        }
        return actions
    }

    private func edit(_ fixes: [Fix]) -> JSONValue {
        let edits: [JSONValue] = fixes.map { fix in
            ["range": ["start": found.positions.position(ofByte: fix.byteRange.lowerBound).json,
                       "end": found.positions.position(ofByte: fix.byteRange.upperBound).json],
             "newText": .string(fix.text)]
        }
        return ["changes": .object([uri: .array(edits)])]
    }
}
