/*
 * Public API surface of ngx-genesys-callback/testing.
 */

export { provideCallbackTesting, TESTING_CALLBACK_CONFIG } from './provide-callback-testing';
export { CallbackTestingController, type CallMatch } from './callback-testing-controller';
export {
  TestAvailabilityCall,
  TestCallbackCall,
  TestCancelCall,
  TestRetrieveCall,
  TestScheduleCall,
  type AvailabilityCallQuery,
  type CallbackIdCall,
  type ScheduleCallRequest,
  type TestFailure,
} from './test-calls';
