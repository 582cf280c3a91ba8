// libFuzzer target: bytes as a JSON5 rule file → loader (errors are fine, crashes are not)
// → a loaded rule checks a sample article.
import Foundation

private let sample = """
- The Ledger - Tuesday, October 28, 2025

Prime Minister Sanae Takaichi met Trump at Yokosuk on Monday, October 28, 2025. \
"Everything I know tells me you will be great," he said. Japan pledged $550 to firms \
in the 1960s, and she said the frigate USS George Washington was a protege's pride.
"""

func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Data(UnsafeBufferPointer(start: data, count: size))
    guard let ruleSet = try? RuleLoader.load([(path: "fuzz-rule.json5", data: text)]) else { return 0 }
    _ = Engine(ruleSet: ruleSet, workers: 1).check(texts: [("a.txt", sample), ("b.txt", sample + " Advertisement")])
    return 0
}
