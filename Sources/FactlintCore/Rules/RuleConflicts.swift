/// What a rule asserts about the world, for finding rules that contradict each other.
public enum RuleAssertion: Sendable, Equatable {
    /// `wrong` should be written `right` (a swap).
    case swap(wrong: String, right: String, keyPath: String)
    /// `name` is a correct spelling.
    case name(String, keyPath: String)
    /// The fact called `subject` has the value `value` (`figures` and `dates` facts).
    case fact(subject: String, value: String, keyPath: String)
}

/// Rules that make claims other rules could contradict.
public protocol ClaimingRule {
    var claims: [RuleAssertion] { get }
}

/// Contradictions between loaded rules, found once at load time: a swap whose wrong form
/// another rule lists as a correct name, two swaps that undo each other, and one fact given
/// two values. Each is reported with both files and key paths.
enum RuleConflicts {
    static func check(_ rules: [any Rule]) throws {
        var names: [String: (file: String, path: String)] = [:]
        var swaps: [String: (right: String, file: String, path: String)] = [:]
        var facts: [String: (value: String, file: String, path: String)] = [:]
        for rule in rules {
            guard let claiming = rule as? ClaimingRule else { continue }
            for claim in claiming.claims {
                switch claim {
                case .name(let n, let path): names[n.lowercased()] = names[n.lowercased()] ?? (rule.meta.file, path)
                case .swap(let wrong, let right, let path): swaps[wrong.lowercased()] = (right, rule.meta.file, path)
                case .fact: break
                }
            }
        }
        for rule in rules {
            guard let claiming = rule as? ClaimingRule else { continue }
            for claim in claiming.claims {
                switch claim {
                case .swap(let wrong, let right, let path):
                    if let n = names[wrong.lowercased()] {
                        throw RuleFileError(file: rule.meta.file, keyPath: path,
                            message: "'\(wrong)' is swapped for '\(right)', but \(n.file) (\(n.path)) lists '\(wrong)' as a correct name")
                    }
                    if let back = swaps[right.lowercased()], back.right.lowercased() == wrong.lowercased() {
                        throw RuleFileError(file: rule.meta.file, keyPath: path,
                            message: "'\(wrong)' → '\(right)' is undone by '\(right)' → '\(back.right)' in \(back.file) (\(back.path))")
                    }
                case .fact(let subject, let value, let path):
                    let key = subject.lowercased()
                    if let other = facts[key], other.value != value {
                        throw RuleFileError(file: rule.meta.file, keyPath: path,
                            message: "'\(subject)' is \(value) here but \(other.value) in \(other.file) (\(other.path))")
                    }
                    facts[key] = facts[key] ?? (value, rule.meta.file, path)
                case .name: break
                }
            }
        }
    }
}
