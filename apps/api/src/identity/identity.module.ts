import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '#platform';
import { AccountRegistrar } from './account-registrar.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { ActivateAccountHandler } from './commands/activate-account/activate-account.handler.js';
import { ActivateAccountHttpController } from './commands/activate-account/activate-account.http.controller.js';
import { CreateStaffHandler } from './commands/create-staff/create-staff.handler.js';
import { CreateStaffHttpController } from './commands/create-staff/create-staff.http.controller.js';
import { CreateJudgeHandler } from './commands/create-judge/create-judge.handler.js';
import { CreateJudgeHttpController } from './commands/create-judge/create-judge.http.controller.js';
import { ImportJudgesHandler } from './commands/import-judges/import-judges.handler.js';
import { ImportJudgesHttpController } from './commands/import-judges/import-judges.http.controller.js';
import { IssueActivationCodesHandler } from './commands/issue-activation-codes/issue-activation-codes.handler.js';
import { IssueActivationCodesHttpController } from './commands/issue-activation-codes/issue-activation-codes.http.controller.js';
import { ForgetPersonHandler } from './commands/forget-person/forget-person.handler.js';
import { ForgetPersonHttpController } from './commands/forget-person/forget-person.http.controller.js';
import { PairDeviceHandler } from './commands/pair-device/pair-device.handler.js';
import { PairDeviceHttpController } from './commands/pair-device/pair-device.http.controller.js';
import { SignUpHandler } from './commands/sign-up/sign-up.handler.js';
import { SignUpHttpController } from './commands/sign-up/sign-up.http.controller.js';
import { UnpairDeviceHandler } from './commands/unpair-device/unpair-device.handler.js';
import { UnpairDeviceHttpController } from './commands/unpair-device/unpair-device.http.controller.js';
import { FirstOrganiser } from './first-organiser.service.js';
import { ForgottenPeopleListener } from './forgotten-people.listener.js';
import { PasswordHasher } from './password-hasher.js';
import { RequestThrottleGuard, throttlerOptions } from './request-throttle.guard.js';
import { Tokens } from './tokens.js';
import { UsersController } from './users.controller.js';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // The HMAC key prepared once: handed a string, jsonwebtoken tries to parse it as a public or private
      // key on every sign and verify (and fails) before it makes the same secret key from its UTF-8 bytes.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
        signOptions: { expiresIn: config.ACCESS_TOKEN_TTL_SECONDS },
      }),
    }),
    ThrottlerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: throttlerOptions }),
  ],
  controllers: [
    AuthController,
    UsersController,
    SignUpHttpController,
    CreateJudgeHttpController,
    ForgetPersonHttpController,
    PairDeviceHttpController,
    UnpairDeviceHttpController,
    ActivateAccountHttpController,
    IssueActivationCodesHttpController,
    ImportJudgesHttpController,
    CreateStaffHttpController,
  ],
  providers: [
    AuthService,
    Tokens,
    PasswordHasher,
    AccountRegistrar,
    SignUpHandler,
    CreateJudgeHandler,
    ActivateAccountHandler,
    IssueActivationCodesHandler,
    ImportJudgesHandler,
    ForgetPersonHandler,
    ForgottenPeopleListener,
    FirstOrganiser,
    CreateStaffHandler,
    PairDeviceHandler,
    UnpairDeviceHandler,
    // In this order: a throttled request is answered 429 before anything else is looked at.
    { provide: APP_GUARD, useClass: RequestThrottleGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordHasher, JwtModule],
})
export class IdentityModule {}
