import Foundation

/// Runs a `LanguageServer` on standard input and output. A reader thread hands raw bytes to
/// the main loop, which handles every complete message waiting and then lets the server
/// check (so a burst of keystrokes is checked once). Nothing else may write to stdout.
enum StdioTransport {
    static func run(_ configuration: LSPConfiguration, log: @escaping (String) -> Void) -> Int32 {
        let server = LanguageServer(configuration: configuration, send: { message in
            FileHandle.standardOutput.write(MessageFraming.frame(message.encoded()))
        }, log: { log($0 + "\n") })
        let inbox = Inbox()
        let reader = Thread {
            while true {
                let chunk = FileHandle.standardInput.availableData
                inbox.put(chunk)
                if chunk.isEmpty { return }
            }
        }
        reader.start()
        var framing = MessageReader()
        while true {
            let chunks = inbox.takeAll()
            for chunk in chunks { framing.append(chunk) }
            do {
                while let body = try framing.next() {
                    server.receive(body)
                    if let code = server.exitCode { return code }
                }
            } catch {
                log("factlint lsp: \(error); stopping\n")
                return 1
            }
            if chunks.contains(where: \.isEmpty) { return 1 } // the client went away without `exit`
            if !inbox.hasWaiting { server.idle() }
        }
    }
}

/// Chunks of standard input waiting for the main loop.
private final class Inbox: @unchecked Sendable {
    private var chunks: [Data] = []
    private let lock = NSCondition()

    func put(_ chunk: Data) {
        lock.lock()
        chunks.append(chunk)
        lock.signal()
        lock.unlock()
    }

    /// Waits until something arrived, then takes all of it.
    func takeAll() -> [Data] {
        lock.lock()
        defer { lock.unlock() }
        while chunks.isEmpty { lock.wait() }
        let all = chunks
        chunks.removeAll()
        return all
    }

    var hasWaiting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !chunks.isEmpty
    }
}
