import '@atlaskit/css-reset';

import { startApp } from '../../common/src/start-app';

import { App } from './App';

void startApp(App);
