import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { EmulatorAdmin, faultFor, modeOf } from './emulator-admin';

const EMULATOR = 'http://127.0.0.1:8787';
const V1 = `${EMULATOR}/genesys/1/service/callback/customer-care`;

describe('EmulatorAdmin', () => {
  it('describes each fault mode as an emulator fault on bookings, and reads it back', () => {
    expect(faultFor('none', 3000)).toBeNull();
    const slow = faultFor('slow', 3000);
    expect(slow).toEqual(jasmine.objectContaining({ method: 'POST', latencyMs: 5000 }));
    // Booking routes only: `*` is one segment, so v1 availability stays out.
    expect(slow?.['pathGlob']).toEqual([
      '/genesys/1/service/callback/*',
      '/engagement/v3/callbacks/create',
    ]);

    for (const mode of ['slow', 'rate-limited', 'server-error', 'dropped'] as const) {
      expect(modeOf([faultFor(mode, 3000) as object])).toBe(mode);
    }
    expect(modeOf([])).toBe('none');
  });

  it('disarms every fault before arming the new one, and fills a slot seat by seat', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const admin = TestBed.inject(EmulatorAdmin);
    const http = TestBed.inject(HttpTestingController);

    const armed = firstValueFrom(admin.setFaultMode('server-error'));
    http
      .expectOne('callback-config.json')
      .flush({ emulator: EMULATOR, v1: { dataURL: V1 }, v3: { dataURL: V1 } });
    http
      .expectOne({ method: 'DELETE', url: `${EMULATOR}/__emulator/faults` })
      .flush({ deleted: 1 });
    const post = http.expectOne({ method: 'POST', url: `${EMULATOR}/__emulator/faults` });
    expect(post.request.body).toEqual(jasmine.objectContaining({ status: 500, count: 1_000_000 }));
    post.flush({ fault: {} });
    expect(await armed).toBe('server-error');

    const filled = firstValueFrom(admin.fillSlot({ utcTime: '2030-01-01T10:00:00.000Z', free: 2 }));
    for (let seat = 0; seat < 2; seat++) {
      const booking = http.expectOne({ method: 'POST', url: V1 });
      expect(booking.request.body._desired_time).toBe('2030-01-01T10:00:00.000Z');
      booking.flush({ _id: `id-${seat}` });
    }
    expect(await filled).toBe(2);
    http.verify();
  });
});
