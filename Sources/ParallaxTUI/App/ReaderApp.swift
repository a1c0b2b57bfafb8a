import Foundation
import ParallaxKit

/// The event loop: render the state, show the frame, wait for an event,
/// update the state, carry out the effects. Data flows one way; only the
/// terminal has side effects. The app owns the layout cache that update
/// and render share.
public final class ReaderApp {
    public private(set) var state: AppState
    /// Set when the loop ends on `q` (0) or a signal (128 + the signal).
    public private(set) var exitStatus: Int32?
    private let terminal: Terminal
    private let layouts: LayoutCache

    public init(corpus: Corpus, terminal: Terminal) {
        let skipped = corpus.warnings.filter(\.isSkipped).count
        let repaired = corpus.warnings.count - skipped
        var notes: [String] = []
        if skipped > 0 { notes.append("\(skipped) file\(skipped == 1 ? "" : "s") skipped") }
        if repaired > 0 { notes.append("\(repaired) file\(repaired == 1 ? "" : "s") with problems") }
        let message = notes.isEmpty ? nil : notes.joined(separator: ", ") + " (see `parallax list`)"
        state = AppState(articles: corpus.articles, events: corpus.events, size: terminal.size, message: message)
        self.terminal = terminal
        layouts = LayoutCache(articles: corpus.articles)
    }

    /// Runs until the user quits, a quit signal arrives, or (for a scripted
    /// terminal) the events run out.
    public func run() {
        draw()
        while exitStatus == nil {
            switch terminal.nextInput(timeoutMilliseconds: 250) {
            case .end: return
            case .idle: continue
            case .event(let event):
                let (next, effects) = Update.update(state, event, layouts: layouts)
                state = next
                for effect in effects {
                    switch effect {
                    case .quit(let status): exitStatus = status
                    case .repaint: terminal.invalidate()
                    }
                }
                if exitStatus == nil { draw() }
            }
        }
    }

    private func draw() { terminal.show(Screen.render(state, layouts: layouts)) }

    /// Opens the reader on a real terminal and gives it back on the way out.
    /// Returns the exit status: 0 after `q`, 128 + the signal after one.
    public static func runInTerminal(corpus: Corpus, mouse: Bool) -> Int32 {
        let color = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = NcursesTerminal(mouse: mouse, color: color)
        defer { terminal.close() }
        let app = ReaderApp(corpus: corpus, terminal: terminal)
        app.run()
        return app.exitStatus ?? 0
    }
}
