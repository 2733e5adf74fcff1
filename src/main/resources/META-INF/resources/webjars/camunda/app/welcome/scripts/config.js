// bansou's configuration of Camunda Welcome (overrides the webjar's scripts/config.js on the classpath): the firm's
// header, languages and date formats, shared by the four webapps.
import shared from '../../bansou/config.js';

export default shared;
