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
struct OutletsAhead: Sendable {
    /// The screen's width it is laid out at.
    let width: Int
    private let layout: Background<OutletsLayout?>

    /// Starts laying out `opened`'s report at `width`, as the view first
    /// shows it (the first outlets, no event's quotations expanded).
    init(_ opened: OpenedCorpus, width: Int) {
        self.width = width
        layout = Background { opened.preparedOutletReport.map { OutletsLayout($0, width: width, expanded: []) } }
    }

    /// The layout at `width`, once made (waited for); nil at another width
    /// (the view lays itself out, and nothing is waited for) or when the
    /// report was not at hand.
    func value(at width: Int) -> OutletsLayout? { width == self.width ? layout.value : nil }
}
