// Runs on the server (CouchDB's view server, or the embedded database's map-reduce): each author's
// proposals, for the gateway's `GET /db/_passerelle/proposals` (an author sees their own, with
// the editors' answers). The proposals database is readable by editors only.
export default function (doc) {
	if (doc.type === 'proposal') emit(doc.author, null);
}
