/// Stage 4: says what each reflowed unit is (heading, lead, byline, body, caption, jump marker,
/// dateline note, furniture) and splits off what is not body: the lead, jump markers and credits.
/// Never fails: what it cannot place is body.
public enum BlockClassifier {
    public static func classify(_ units: [ParagraphReflower.Unit], issueDate: IssueDate?, options: PipelineOptions) -> [Block] {
        units.map { classify($0, issueDate: issueDate, options: options) }
    }

    static func classify(_ u: ParagraphReflower.Unit, issueDate: IssueDate?, options: PipelineOptions) -> Block {
        let text = u.text
        var block = Block(
            kind: .body, text: text, body: text, range: u.range, lines: u.pieces.map(\.line), pieces: u.pieces, joins: u.joins,
            indented: u.indented)

        if u.pieces.count == 1, Markers.isFurniture(text) {
            block.kind = .furniture
            block.body = nil
            return block
        }
        if let note = Markers.parseDatelineNote(text, issueDate: issueDate) {
            block.kind = .datelineNote
            block.body = nil
            block.lead = Lead(text: text, source: nil, dateline: note, reporters: [])
            return block
        }
        var scalars = Array(text.unicodeScalars)
        var bodyStart = 0
        var bodyEnd = scalars.count

        if let (page, start) = Markers.parseJumpFrom(text) {
            block.continuedFromPage = page
            bodyStart = start
        }
        if let (page, markerStart) = Markers.parseJumpTo(text), markerStart >= bodyStart {
            block.continuesOnPage = page
            bodyEnd = markerStart
        }
        if bodyStart >= bodyEnd {
            block.kind = .jumpMarker
            block.body = nil
            return block
        }
        let rest = String(String.UnicodeScalarView(scalars[bodyStart..<bodyEnd]))
        if bodyStart == 0, let (lead, leadEnd) = Markers.parseLead(rest, issueDate: issueDate) {
            block.lead = lead
            block.kind = leadEnd >= bodyEnd ? .byline : .lead
            bodyStart = leadEnd
        } else if Markers.isCommentaryByline(rest) {
            block.kind = .byline
            block.lead = Lead(text: rest, source: nil, dateline: nil, reporters: [])
            bodyStart = bodyEnd
        } else if let (photographers, creditStart) = Markers.parseCredit(rest) {
            block.kind = .caption
            block.photographers = photographers
            bodyEnd = bodyStart + creditStart
        } else if bodyStart == 0, bodyEnd == scalars.count, u.headingShaped {
            block.kind = .heading
        }
        while bodyStart < bodyEnd, CharClass.isSpace(scalars[bodyStart]) { bodyStart += 1 }
        while bodyEnd > bodyStart, CharClass.isSpace(scalars[bodyEnd - 1]) { bodyEnd -= 1 }
        if bodyStart < bodyEnd {
            scalars = Array(scalars[bodyStart..<bodyEnd])
            block.body = String(String.UnicodeScalarView(scalars))
        } else {
            block.body = nil
        }
        block.bodyOffset = bodyStart
        return block
    }
}
