-- The chat thread a message is in, where the chat service has threads: Slack's channel and the ts of the thread's
-- first message (slack:<channel>:<ts>); null for e-mail and Chatwork. A message in a Slack thread belongs to the
-- consultation of that thread; one outside any thread to the latest of its channel (thread_ref, the room).
ALTER TABLE channel_message ADD COLUMN chat_thread VARCHAR(500);
CREATE INDEX channel_message_chat_thread ON channel_message (chat_thread);
