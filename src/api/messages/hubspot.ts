/** The live HubSpot source: connecting, refreshing, and what goes wrong. */
export const hubspotMessages = {
  'hubspot.err.tokenShape':
    'That does not look like a HubSpot access token. Paste the whole token of your service key or private app.',
  'hubspot.err.notConnected':
    'HubSpot is not connected for you. Connect it in the sidebar (Actuals → HubSpot) with an access token.',
  'hubspot.err.unauthorized':
    'HubSpot refused the access token (401): it was revoked, expired or mistyped. Disconnect, then connect again with a new token. Nothing was written.',
  'hubspot.err.forbidden':
    'HubSpot refused the request (403): the token lacks a read scope. Give it crm.objects.contacts.read, crm.objects.deals.read, crm.schemas.contacts.read and crm.schemas.deals.read, then refresh again. Nothing was written.',
  'hubspot.err.badRequest':
    'HubSpot rejected a search ({code}): {message}. Check the mapping in the sidebar. Nothing was written.',
  'hubspot.err.unavailable':
    'HubSpot kept answering {code} after {tries} tries. Nothing was written; the previous actuals stay. Try again in a few minutes.',
  'hubspot.err.network':
    'HubSpot could not be reached. Nothing was written; the previous actuals stay. Try again in a few minutes.',
  'hubspot.err.tooSlow':
    'HubSpot answered too slowly to finish within Apps Script’s time limit ({requests} requests sent). Nothing was written; try again later.',
  'hubspot.err.unknownProperty':
    'The mapping names a HubSpot property "{property}" that this account does not have. Choose another in the sidebar.',
  'hubspot.err.nothingMapped':
    'No SLA stage is mapped to a HubSpot date property. Map at least one stage.',
  'hubspot.log.source': 'HubSpot {portal} · {requests} requests',
  'sidebar.hubspot.title': 'HubSpot (live)',
  'sidebar.hubspot.intro':
    'Count actuals in HubSpot itself: no export, one request per stage and month. Paste the access token of a HubSpot service key with read scopes; it stays in your own user properties.',
  'sidebar.hubspot.token': 'Access token',
  'sidebar.hubspot.connect': 'Connect',
  'sidebar.hubspot.connecting': 'Checking the token with HubSpot…',
  'sidebar.hubspot.connected':
    'Connected to HubSpot account {portal} ({name}) with token {masked}.',
  'sidebar.hubspot.disconnect': 'Disconnect',
  'sidebar.hubspot.disconnected': 'HubSpot is not connected.',
  'sidebar.hubspot.refresh': 'Refresh from HubSpot',
  'sidebar.hubspot.running': 'Counting in HubSpot…',
  'sidebar.hubspot.done': 'Actuals refreshed from HubSpot: {requests} requests in {seconds} s.',
  'sidebar.hubspot.failed': 'HubSpot: {error}',
  'sidebar.hubspot.requests': 'HubSpot requests',
  'sidebar.hubspot.sourceName': 'HubSpot',
  'sidebar.hubspot.notMapped': '(not counted)',
  'sidebar.hubspot.mappingProposed':
    'Proposed from your HubSpot properties: check each stage, then refresh.',
  'sidebar.hubspot.mappingSaved': 'HubSpot properties counted (saved with this SLA):',
  'sidebar.hubspot.map.source': 'Source property',
  'sidebar.hubspot.map.amount': 'Deal amount',
  'sidebar.hubspot.map.handoverTime': 'Hand-over time',
  'sidebar.hubspot.map.firstTouchTime': 'First touch time',
} as const;
