/*
 * Public API surface of ngx-genesys-callback/testing.
 */

export { provideCallbackTesting, TESTING_CALLBACK_CONFIG } from './provide-callback-testing';
export { CallbackTestingController, type CallMatch } from './callback-testing-controller';
export {
  TestAvailabilityCall,
  TestCallbackCall,
  TestCancelCall,
  TestOpenForCall,
  TestRescheduleCall,
  TestRetrieveCall,
  TestScheduleCall,
  type AvailabilityCallQuery,
  type CallbackIdCall,
  type OpenForCallQuery,
  type RescheduleCallRequest,
  type ScheduleCallRequest,
  type TestFailure,
} from './test-calls';
