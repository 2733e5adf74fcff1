// bansou's configuration of Camunda Cockpit (overrides the webjar's scripts/config.js on the classpath): the
// firm's header, languages and date formats shared by the four webapps, and the service's Cockpit plugins.
import shared from '../../bansou/config.js';

export default {
  ...shared,
  // Cockpit plugins of the service (ES modules under app/cockpit/): the managers' board.
  customScripts: ['scripts/bansou/board.js']
};
