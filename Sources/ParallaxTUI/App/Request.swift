import ParallaxKit

/// What a component asks of the app after an action. Components change
/// only their own state; modes, the back stack, overlays and the message
/// belong to the app, which carries these out in `Update`.
enum Request: Sendable {
    case quit
    case message(String)
    /// Mark article `index` read or unread.
    case setRead(Int, Bool)
    /// Open an overlay over the mode (or close it, with nil).
    case overlay(Overlay?)
    /// Show `mode`, the one on screen going on the back stack.
    case push(Mode)
    /// Esc: back to the mode before, one step.
    case back
    /// Show "working…" while `job` runs off the UI thread, then the mode it
    /// makes: pushed over the mode on screen, or in its place (`replace`);
    /// `message` is said when it arrives.
    case work(Job, replace: Bool = false, message: String? = nil)
    /// Filter the article list on screen by `query`, in the background
    /// (`Job.filter`); the list changes when the result comes.
    case filterList(ListQuery)
    /// Nobody waits for `job` any more (a filter cleared while looked for).
    case cancel(JobID)
    /// Open the reader at `target` (Enter in the compare or outlets view):
    /// the list and reader from the back stack, moved there, pushed.
    case read(ReadTarget)
}

/// Where the compare and outlets views open the reader.
enum ReadTarget: Sendable {
    /// A sentence of the comparison: shown at the top and marked.
    case sentence(article: Int, range: TextRange)
    /// A speaker's quotation (index into the entry's quotes), then followed.
    case speakerQuote(SpeakerIndex.Entry, Int)
    /// An entity's mention (index into the entry's mentions), then followed.
    case mention(EntityIndex.Entry, Int)
    /// A quotation only one outlet carries.
    case quote(SpeakerIndex.QuoteRef)
    /// Where an outlet credits a news organisation, with a message.
    case place(article: Int, range: TextRange, message: String)
}
