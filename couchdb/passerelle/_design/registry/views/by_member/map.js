// Runs on the server (CouchDB's view server, or the embedded database's map-reduce): the shared
// plans of each member, for the gateway's `GET /db/_passerelle/plans` (a new phone finds its
// plans again). The registry database is readable by the admin only.
export default function (doc) {
	if (doc.type !== 'plan') return;
	for (var name in doc.members) {
		emit(name, { planId: doc.planId, role: doc.members[name], name: doc.name });
	}
}
