import Foundation
import ParallaxKit

/// The outlets view over the whole corpus, laid out on a thread of its own
/// behind the reader's first frame, at the screen's width, so that the
/// first `o` finds it made. At 100,000 articles reading the report kept in
/// the index takes about 0.2 s and laying out the view (every event of the
/// outlets shown, their headlines wrapped) about 0.3 s more: an `o` pressed
/// a few seconds after the first frame still waited 0.3 s for the layout.
///
/// Only a report at hand is laid out (kept, or being made by the load):
/// one that `o` would have to make is left for `o`.
final class OutletsAhead: @unchecked Sendable {
    private let lock = NSLock()
    private var started: Background<OutletsLayout?>?

    /// Starts laying out `opened`'s report at `width`, as the view first
    /// shows it (the first outlets, no event's quotations expanded).
    func start(_ opened: OpenedCorpus, width: Int) {
        let layout = Background { opened.preparedOutletReport.map { OutletsLayout($0, width: width, expanded: []) } }
        lock.withLock { started = layout }
    }

    /// The layout started, once made (waited for), if one was and its
    /// report was at hand. The view at another width lays itself out.
    func layout() -> OutletsLayout? {
        lock.withLock { started }?.value
    }
}
